// The dedupe stage's public surface.
export { identityHashes, type IdentityFields } from './item-identity.js';
export { identify, selectNew, type Candidate, type NewItem } from './select-new.js';
