export declare const PEER_HEADER: "x-uutiskirje-peer";
export declare function stampPeerAddresses(): void;
export declare function stampedPeerAddress(value: string | null | undefined): string | null;
export declare function peerHeaderValue(address: string): string;
