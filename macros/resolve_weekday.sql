{#- The date a weekday name refers to, seen from a reference date (the publication):
    for a held meeting the latest such day on or before it ("on Thursday" in a paper of
    Thursday 23 Nov is that day), for a planned one the next such day on or after it. -#}
{% macro resolve_weekday(weekday_column, reference_date, is_planned) -%}
    case
        when {{ weekday_column }} is null or {{ reference_date }} is null then null
        when {{ is_planned }}
            then ({{ reference_date }} + to_days((({{ weekday_number(weekday_column) }} - isodow({{ reference_date }}) + 7) % 7)::integer))::date
        else ({{ reference_date }} - to_days(((isodow({{ reference_date }}) - {{ weekday_number(weekday_column) }} + 7) % 7)::integer))::date
    end
{%- endmacro %}

{#- ISO weekday number (Monday = 1) of an English weekday name in lower case. -#}
{% macro weekday_number(weekday_column) -%}
    list_position(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'], {{ weekday_column }})
{%- endmacro %}
