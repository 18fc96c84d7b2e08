{#- A SQL list literal of the distinct values a query over seed tables returns, read
    when the model runs (so a CSV edit applies on the next build). Used to pre-filter
    word positions before a join, e.g. the first words of all titles. Build the query
    with seed_relation(); the model declares `-- depends_on: ref(...)` for each seed. -#}
{% macro list_from_seeds(query) -%}
    {%- set values = [] -%}
    {%- if execute -%}
        {%- for value in run_query(query).columns[0].values() -%}
            {%- if value is not none -%}
                {%- do values.append("'" ~ (value | replace("'", "''")) ~ "'") -%}
            {%- endif -%}
        {%- endfor -%}
    {%- endif -%}
    {%- if values | length == 0 -%}
        []::varchar[]
    {%- else -%}
        [{{ values | join(", ") }}]
    {%- endif -%}
{%- endmacro %}
