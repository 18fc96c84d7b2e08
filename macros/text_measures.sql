{#- Small, named text measures used across the article and sentence models. -#}

{#- Words in a text: runs of non-space characters. -#}
{% macro count_words(column) -%}
    coalesce(len(regexp_extract_all({{ column }}, '\S+')), 0)
{%- endmacro %}

{#- True when a line ends like a sentence: . ! ? … or the Urdu/Arabic/CJK stops,
    optionally followed by closing quotes or brackets and an agency credit "(APP)";
    emoji after the stop are ignored ("… contacts. 🇵🇰🇷🇺"), and in posts an emoji
    after a word is the stop ("… SCO chairmanship 🙌"). -#}
{% macro ends_like_sentence(column) -%}
    regexp_matches(
        {{ column }},
        '(?:[.!?…۔؟。！？]["''”’»)\]]*(\s*\([A-Z][\w .-]{1,30}\))?|\pL\s*\p{So})[\s\p{So}\p{Sk}\x{FE0F}]*$'
    )
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

{#- A date as written, made regular for the date_formats seed: month names of other
    languages in English (month_names seed, only for text with non-Latin letters),
    Arabic-Indic digits as 0-9, ordinals, commas, dots after abbreviations and "Sept"
    removed, spaces collapsed. A model that calls it declares
    `-- depends_on: ref('month_names')`. -#}
{% macro normalize_date_text(column) -%}
    {%- set translated = namespace(text=column) -%}
    {%- for row in seed_rows('month_names', order_by='length(name) desc, name') -%}
        {%- set translated.text = 'replace(' ~ translated.text ~ ', ' ~ sql_literal(row.name) ~ ', '
            ~ sql_literal(row.month) ~ ')' -%}
    {%- endfor %}
    trim(regexp_replace(
        regexp_replace(
            regexp_replace(
                regexp_replace(
                    case
                        when regexp_matches({{ column }}, '[^\p{Latin}\p{Common}\p{Inherited}]')
                            then translate(
                                {{ translated.text }},
                                '٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹',
                                '01234567890123456789'
                            )
                        else {{ column }}
                    end,
                    '(\d)(st|nd|rd|th)\b',
                    '\1',
                    'g'
                ),
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

{#- True when the text before a place name puts the meeting there: it ends in "in" or
    "at" ("in Kazan", "at the Kremlin", "in the Volga city of Kazan"). -#}
{% macro places_a_meeting(text_before) -%}
    regexp_matches(
        lower({{ text_before }}),
        '\b(in|at) (the )?((\w+ ){0,3}(city|capital|town|port|resort) of )?$'
    )
{%- endmacro %}

{#- True when a paragraph ends with a sentence and then a bare agency credit in capitals,
    "… they added. REUTERS", "… in Geneva. — AFP": at the end of the article the credit
    is cut and the sentence kept; at its top such a line is a caption. -#}
{% macro ends_with_bare_credit(column) -%}
    regexp_matches({{ column }}, '[.!?…]["”’)]*\s+[—–-]?\s*\p{Lu}{2,}$')
{%- endmacro %}
