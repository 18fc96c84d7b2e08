{#- The first date in a text, read with the date_formats seed (in priority order):
    each row's regex finds the date and its strptime format reads it; a reading that
    is impossible (month 23) falls through to the next row. Give it text that went
    through normalize_date_text. The calling model declares
    `-- depends_on: ref('date_formats')`. -#}
{% macro parse_date_text(column) -%}
    {%- set formats = [] -%}
    {%- if execute -%}
        {%- set query -%}
            select pattern, strptime_format from {{ seed_relation('date_formats') }} order by priority
        {%- endset -%}
        {%- set formats = run_query(query).rows -%}
    {%- endif -%}
    {%- if formats | length == 0 -%}
        null::date
    {%- else -%}
        coalesce(
        {%- for pattern, strptime_format in formats %}
            case
                when regexp_matches({{ column }}, '{{ pattern | replace("'", "''") }}')
                    then try_strptime(
                        regexp_extract({{ column }}, '{{ pattern | replace("'", "''") }}'),
                        '{{ strptime_format }}'
                    )::date
            end{{ "," if not loop.last }}
        {%- endfor %}
        )
    {%- endif -%}
{%- endmacro %}
