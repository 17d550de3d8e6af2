export { identityHashes } from './item-identity.js';
