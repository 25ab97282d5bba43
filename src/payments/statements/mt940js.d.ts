// mt940js ships no types: what this project uses of it.
declare module "mt940js" {
  export interface Mt940Tag {
    readonly id: number | string;
    /** The tag's text after `:61:` and the like, lines joined with "\n". */
    readonly data: string;
    /** The tag's own pattern, which `data` was read with. */
    readonly re: RegExp;
  }
  export interface Mt940Transaction {
    readonly date: Date;
    readonly details: string;
    readonly reference: string;
    readonly bankReference: string;
    readonly transactionType: string;
  }
  export interface Mt940Statement {
    readonly accountIdentification: string;
    readonly currency: string;
    readonly openingBalanceDate: Date;
    readonly closingBalanceDate: Date;
    readonly transactions: readonly Mt940Transaction[];
    /** With `parse(text, true)`: the statement's tags in file order. */
    readonly tags: readonly Mt940Tag[];
  }
  export class Parser {
    constructor(options?: { no86Structure?: boolean });
    parse(data: string, withTags: true): Mt940Statement[];
  }
}
