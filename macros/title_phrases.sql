{#- Every title phrase envoy knows, office titles and the other person titles, as a
    subquery with one column `title`, for the compile-time word lists (is_seed_word, has_seed_word)
    of the models that read titles. Those models declare
    `-- depends_on: ref('gazetteer_office_titles')` and `ref('person_titles')`. -#}
{% macro title_phrases() -%}
    (
        select title from {{ seed_relation('gazetteer_office_titles') }}
        union all
        select title from {{ seed_relation('person_titles') }}
    )
{%- endmacro %}
