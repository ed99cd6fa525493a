"""Genre families of reading fixes: each module holds the words one kind of text reads otherwise
than the analyser (sports, finance, diaries...), a WORDS set and a <name>_fix(tokens, i, reading);
word_reading.py tries them in order."""
