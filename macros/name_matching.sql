{#- The key names are matched on: lower case, accents stripped, words of letters and
    digits joined by single spaces ("Sergei  Lavrov’s" -> "sergei lavrov s").
    Aliases and candidate spans both go through it, so matching is an equality join. -#}
{% macro name_key(column) -%}
    array_to_string(regexp_extract_all(lower(strip_accents({{ column }})), '[\pL\pN&]+'), ' ')
{%- endmacro %}

{#- Every run of 1..max_words consecutive items of a list, joined by spaces:
    ['a','b','c'] with 2 -> ['a', 'a b', 'b', 'b c', 'c']. -#}
{% macro word_ngrams(words, max_words) -%}
    flatten(
        list_transform(
            range(1, len({{ words }}) + 1),
            start_index -> list_transform(
                range(0, least({{ max_words }}, len({{ words }}) - start_index + 1)),
                extra -> array_to_string({{ words }}[start_index:start_index + extra], ' ')
            )
        )
    )
{%- endmacro %}
