{#- Split a dateline off the start of a paragraph, as a struct with the parts:
      city     "ISLAMABAD" in "ISLAMABAD, Pakistan: ..." / "Islamabad/Beijing: ..."
      region   "Pakistan" in "ISLAMABAD, Pakistan: ..."
      day      "Aug 25" in "MOSCOW, Aug 25 (Reuters) - ..."
      credit   "UrduPoint / Pakistan Point News - 23rd Nov, 2023" in "ISLAMABAD, (...) ..."
      slash_credit  "TASS" in "MOSCOW, September 1. /TASS/. ..."
      prefix   the whole dateline with its separator, to cut from the body.
    Empty strings when the paragraph has no dateline. Whether `city` really is a
    place is decided by the caller (capitals, or a known place). -#}
{% macro extract_dateline(column) -%}
    regexp_extract(
        {{ column }},
        '^(?P<prefix>(?P<city>[A-Z][A-Za-z.''’-]+(?: [A-Z][A-Za-z.''’-]+){0,2})'
        || '(?:\s*/\s*[A-Z][A-Za-z.''’-]+(?: [A-Z][A-Za-z.''’-]+){0,2})?'
        || '(?:,\s*(?P<region>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}))?'
        || '(?:,?\s*(?P<day>[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?))?'
        || '(?:,?\s*\((?P<credit>[^()]{2,80})\)\s*(?:[:–—-]+\s*)?'
        || '|\.?\s*/(?P<slash_credit>[^/]{2,30})/\.?\s+|\s*(?::|[–—]|--?)\s+))',
        ['prefix', 'city', 'region', 'day', 'credit', 'slash_credit']
    )
{%- endmacro %}
