{#- The rows of a rule seed as a list of dicts, read when the model runs, for models
    that expand one rule into one SQL branch with its regular expression as a constant
    (DuckDB compiles a constant pattern once; a pattern from a joined column is compiled
    for every row). Empty while dbt parses or sqlfluff lints. The model declares
    `-- depends_on: ref('<seed>')`. -#}
{% macro seed_rows(seed_name, order_by='1') -%}
    {%- set rows = [] -%}
    {%- if execute -%}
        {%- set result = run_query('select * from ' ~ seed_relation(seed_name) ~ ' order by ' ~ order_by) -%}
        {%- for row in result.rows -%}
            {%- do rows.append(dict(zip(result.column_names, row))) -%}
        {%- endfor -%}
    {%- endif -%}
    {{- return(rows) -}}
{%- endmacro %}

{#- A Python value as a SQL literal: text quoted, booleans and numbers as they are,
    None as null. -#}
{% macro sql_literal(value) -%}
    {%- if value is none -%}
        null
    {%- elif value is sameas true or value is sameas false -%}
        {{ value | lower }}
    {%- elif value is number -%}
        {{ value }}
    {%- else -%}
        '{{ value | replace("'", "''") }}'
    {%- endif -%}
{%- endmacro %}
