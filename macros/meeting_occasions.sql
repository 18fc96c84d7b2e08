{#- The occasion key of a later venue a meeting sentence lists ("recalled 8.1" for the
    second venue of sentence 8 recalling earlier meetings, "also 8.1" otherwise). -#}
{% macro later_occasion(is_recalled, sentence_index, occasion_segment) -%}
    case when {{ is_recalled }} then 'recalled ' else 'also ' end
    || {{ sentence_index }} || '.' || {{ occasion_segment }}
{%- endmacro %}
