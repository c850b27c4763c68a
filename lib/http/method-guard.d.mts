export declare function guardMethods(): void;
export declare function setGuardHeaders(headers: { key: string; value: string }[]): void;
