{#- The date a day of a month without a year refers to ("on December 27"), seen from a
    reference date (the publication): the year of the reference, unless that puts a held
    meeting after it (then the year before: "met on December 27" in a paper of January 10)
    or a planned one before it (then the year after: "will meet on January 5" in a paper
    of December 20). An impossible day (February 30) is null. -#}
{% macro resolve_month_day(month_column, day_column, reference_date, is_planned) -%}
    case
        when {{ month_column }} is null or {{ day_column }} is null or {{ reference_date }} is null then null
        else try_cast(printf(
            '%04d-%02d-%02d',
            year({{ reference_date }}) + case
                when not ({{ is_planned }})
                    and ({{ month_column }}, {{ day_column }}) > (month({{ reference_date }}), day({{ reference_date }}))
                    then -1
                when {{ is_planned }}
                    and ({{ month_column }}, {{ day_column }}) < (month({{ reference_date }}), day({{ reference_date }}))
                    then 1
                else 0
            end,
            {{ month_column }},
            {{ day_column }}
        ) as date)
    end
{%- endmacro %}
