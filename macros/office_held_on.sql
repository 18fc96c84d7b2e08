{#- True when the offices row `offices` (an alias of gazetteer_offices) covers the day
    `day`: from start_date to end_date inclusive, an open end_date meaning still in
    office. The one definition of "held the office on that day". -#}
{% macro office_held_on(offices, day) -%}
    {{ day }} between {{ offices }}.start_date and coalesce({{ offices }}.end_date, date '9999-12-31')
{%- endmacro %}
