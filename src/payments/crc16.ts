/**
 * CRC-16/CCITT-FALSE, the checksum EMVCo puts in a QR payment code's field 63: polynomial 0x1021,
 * initial value 0xFFFF, no reflection, no final XOR ("123456789" gives 29B1). A table of 256
 * remainders makes it one lookup per byte; a QRIS payload is at most 512 characters, but every
 * QR the bot shows is checksummed once more.
 */
const TABLE = Uint16Array.from({ length: 256 }, (_, byte) => {
  let crc = byte << 8;
  for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  return crc;
});

const utf8 = new TextEncoder();

export function crc16CcittFalse(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const byte of bytes) crc = ((crc << 8) & 0xffff) ^ TABLE[((crc >> 8) ^ byte) & 0xff]!;
  return crc;
}

/** The checksum of a text's UTF-8 bytes as field 63 writes it: four upper-case hex digits. */
export function crc16Hex(text: string): string {
  return crc16CcittFalse(utf8.encode(text)).toString(16).toUpperCase().padStart(4, "0");
}
