/** The roles and region levels are part of the API contract (the app shows them too). */
export { REGION_LEVEL_NAMES, REGION_LEVELS, ROLE_NAMES, ROLES } from '../../api-contract/roles';
export type { RegionLevel, Role } from '../../api-contract/roles';
