{#- Normalise scraped text so every later step sees one form:
    Unicode NFC; CRLF / CR line endings to LF; no-break, thin and other Unicode
    spaces and tabs to a plain space; zero-width characters and C0 control
    characters (other than the line feed) removed; runs of spaces collapsed;
    spaces at the ends of lines removed. Offsets downstream refer to this text. -#}
{% macro normalize_text(column) -%}
    regexp_replace(
        regexp_replace(
            regexp_replace(
                regexp_replace(
                    replace(replace(nfc_normalize({{ column }}), chr(13) || chr(10), chr(10)), chr(13), chr(10)),
                    '[\x{200B}-\x{200D}\x{2060}\x{FEFF}\x{00AD}\x00-\x08\x0B\x0E-\x1F\x7F]',
                    '',
                    'g'
                ),
                '[\t\x0C\x{00A0}\x{1680}\x{2000}-\x{200A}\x{202F}\x{205F}\x{3000}]',
                ' ',
                'g'
            ),
            ' {2,}',
            ' ',
            'g'
        ),
        ' *\n *',
        chr(10),
        'g'
    )
{%- endmacro %}
