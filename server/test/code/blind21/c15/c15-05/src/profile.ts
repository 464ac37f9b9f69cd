import "dotenv/config";

export interface BusinessProfile {
  name: string;
  description: string;
  supportPhone: string;
  hours: string;
}

export const profile: BusinessProfile = {
  name: process.env.BUSINESS_NAME?.trim() || "Assistant",
  description: process.env.BUSINESS_DESCRIPTION?.trim() ?? "",
  supportPhone: process.env.SUPPORT_PHONE ?? "+234XXXXXXXXXX",
  hours: process.env.OPENING_HOURS ?? "",
};
