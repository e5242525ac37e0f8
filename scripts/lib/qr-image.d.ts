/** Types for qr-image.js, so the tests (TypeScript) call it checked. Keep in step with the JS. */
export declare function finishQrImage(file: string): Promise<{ file: string; terminal?: string }>;
export declare function isPng(buffer: Buffer): boolean;
export declare function requireFromCi(request: string): unknown;
