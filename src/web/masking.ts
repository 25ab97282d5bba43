/** A phone number with all but its last 4 digits hidden: `•••••••••7890`. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return `${"•".repeat(Math.max(0, digits.length - 4))}${digits.slice(-4)}`;
}

/**
 * Text with every run of 8 or more digits (a phone number, a WhatsApp identity's number) masked
 * but its last 4: what the dashboard shows of identities and audit values.
 */
export function maskPhoneNumbers(text: string): string {
  return text.replace(/\d{8,}/g, maskPhone);
}
