"""Words and readings: Sudachi tokens, furigana over kanji, the rules analysers get wrong in news."""
