/** A whole number of at least 1 from a flag, or one clear line naming the flag. */
export function positiveInteger(flag: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`${flag} must be a whole number of at least 1: ${value}`);
  return number;
}
