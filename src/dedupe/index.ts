export { identityHashes, type IdentityFields } from './item-identity.js';
