declare module 'is-european' {
  /** Whether a country (alpha-2, alpha-3, numeric or English name) is an EU member state. */
  export function euMember(country: string | number): boolean;
  /** Whether a country is in the European Economic Area. */
  export function eeaMember(country: string | number): boolean;
  const isEuropean: { euMember: typeof euMember; eeaMember: typeof eeaMember };
  export default isEuropean;
}
