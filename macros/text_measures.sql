{#- Small, named text measures used across the article and sentence models. -#}

{#- Words in a text: runs of non-space characters. -#}
{% macro count_words(column) -%}
    coalesce(len(regexp_extract_all({{ column }}, '\S+')), 0)
{%- endmacro %}

{#- True when a line ends like a sentence: . ! ? … or the Urdu/Arabic/CJK stops,
    optionally followed by closing quotes or brackets and an agency credit "(APP)". -#}
{% macro ends_like_sentence(column) -%}
    regexp_matches({{ column }}, '[.!?…۔؟。！？]["''”’»)\]]*(\s*\([A-Z][\w .-]{1,30}\))?$')
{%- endmacro %}

{#- "ISLAMABAD" / "new delhi" -> "Islamabad" / "New Delhi" (DuckDB has no initcap). -#}
{% macro title_case(column) -%}
    array_to_string(
        list_transform(
            string_split(lower({{ column }}), ' '),
            word -> upper(left(word, 1)) || substr(word, 2)
        ),
        ' '
    )
{%- endmacro %}

{#- A date as written, made regular for the date_formats seed: ordinals, commas,
    dots after abbreviations and "Sept" removed, spaces collapsed. -#}
{% macro normalize_date_text(column) -%}
    trim(regexp_replace(
        regexp_replace(
            regexp_replace(
                regexp_replace({{ column }}, '(\d)(st|nd|rd|th)\b', '\1', 'g'),
                '(?i)\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.',
                '\1',
                'g'
            ),
            '(?i)\bsept\b',
            'Sep',
            'g'
        ),
        '[,\s]+',
        ' ',
        'g'
    ))
{%- endmacro %}
