{#- Split a dateline off the start of a paragraph, as a struct with the parts:
      city     "ISLAMABAD" in "ISLAMABAD, Pakistan: ..." / "Islamabad/Beijing: ..."
      region   "Pakistan" in "ISLAMABAD, Pakistan: ..."
      day      "Aug 25" in "MOSCOW, Aug 25 (Reuters) - ..."
      credit   "UrduPoint / Pakistan Point News - 23rd Nov, 2023" in "ISLAMABAD, (...) ..."
      slash_credit  "TASS" in "MOSCOW, September 1. /TASS/. ..."
      prefix   the whole dateline with its separator, to cut from the body (a colon
               needs no space after it: "New Delhi:Prime Minister ...").
    The date may come first, the city in capitals in brackets after it, as some papers
    print it: "October 6, 2022 (NAIROBI) – ...", "06 October 2022 (NAIROBI, Kenya) - ..."
    (day "October 6, 2022", city "NAIROBI").
    Empty strings when the paragraph has no dateline. Whether `city` really is a
    place is decided by the caller (capitals, or a known place). -#}
{% macro extract_dateline(column) -%}
    {%- set date_first -%}
        '^((\d{1,2} [A-Z][a-z]{2,8}\.?,? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}),?\s*'
        || '\(([A-Z][A-Z.''’-]+(?: [A-Z][A-Z.''’-]+){0,2})(?:,\s*([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}))?\)'
        || '\s*[:–—-]+\s*)'
    {%- endset -%}
    case
        when regexp_matches({{ column }}, {{ date_first }})
            then struct_pack(
                prefix := regexp_extract({{ column }}, {{ date_first }}, 1),
                city := regexp_extract({{ column }}, {{ date_first }}, 3),
                region := regexp_extract({{ column }}, {{ date_first }}, 4),
                day := regexp_extract({{ column }}, {{ date_first }}, 2),
                credit := '',
                slash_credit := ''
            )
        else regexp_extract(
            {{ column }},
            '^(?P<prefix>(?P<city>[A-Z][A-Za-z.''’-]+(?: [A-Z][A-Za-z.''’-]+){0,2})'
            || '(?:\s*/\s*[A-Z][A-Za-z.''’-]+(?: [A-Z][A-Za-z.''’-]+){0,2})?'
            || '(?:,\s*(?P<region>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}))?'
            || '(?:,?\s*(?P<day>[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?))?'
            || '(?:,?\s*\((?P<credit>[^()]{2,80})\)\s*(?:[:–—-]+\s*)?'
            || '|\.?\s*/(?P<slash_credit>[^/]{2,30})/\.?\s+|\s*(?::\s*|(?:[–—]|--?)\s+)))',
            ['prefix', 'city', 'region', 'day', 'credit', 'slash_credit']
        )
    end
{%- endmacro %}

{#- A dateline with no punctuation to mark it, as a struct with `prefix`, `city` and
    `credit` (empty strings when there is none):
      a city in capitals straight before the first sentence, "ISLAMABAD A delegation …";
      a city in a script without capitals before a bracketed credit,
      "اسلام آباد (نمائندہ خصوصی) پاکستان …" (city "اسلام آباد", credit "نمائندہ خصوصی").
    Nothing but the words' shape marks these, so the caller accepts them only when the
    city is a known place. Meant for the first paragraph only. -#}
{% macro extract_unmarked_dateline(column) -%}
    {%- set capitals -%}
        '^(?P<prefix>(?P<city>\p{Lu}[\p{Lu}.''’-]+(?: \p{Lu}[\p{Lu}.''’-]+){0,2}) +)(?P<credit>)(?:\p{Lu}\p{Ll}|[AI] )'
    {%- endset -%}
    {%- set uncased_script -%}
        '^(?P<prefix>(?P<city>[^\s\p{Latin}\p{N}()]+(?: [^\s\p{Latin}\p{N}()]+){0,2}) ?\((?P<credit>[^()]{2,40})\)\s*(?:[:–—-]+\s*)?)'
    {%- endset -%}
    case
        when regexp_matches({{ column }}, {{ capitals }})
            then regexp_extract({{ column }}, {{ capitals }}, ['prefix', 'city', 'credit'])
        else regexp_extract({{ column }}, {{ uncased_script }}, ['prefix', 'city', 'credit'])
    end
{%- endmacro %}
