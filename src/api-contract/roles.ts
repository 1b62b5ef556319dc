/** The three roles, as stored and as shown. */
export const ROLES = ['clerk', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  clerk: '填报人',
  supervisor: '审核人',
  admin: '管理员',
};

export const REGION_LEVELS = ['province', 'city', 'county', 'township'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const REGION_LEVEL_NAMES: Readonly<Record<RegionLevel, string>> = {
  province: '省',
  city: '市',
  county: '县',
  township: '乡镇',
};
