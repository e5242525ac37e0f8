export const TARGET: string;
export function vendoredSource(): string;
