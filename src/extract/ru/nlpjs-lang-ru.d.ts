/** The part of `@nlpjs/lang-ru` the Russian reader uses: its Snowball stemmer (the package ships no types). */
declare module '@nlpjs/lang-ru' {
  export class StemmerRu {
    stemWord(word: string): string;
  }
}
