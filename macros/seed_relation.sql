{#- The table a seed was loaded into (schema `seeds`, see dbt_project.yml), for macros
    that read rule seeds while the SQL is compiled (run_query). Unlike ref(), it names
    the real table also inside dbt unit tests, whose refs point at fixtures. The model
    still declares `-- depends_on: ref('<seed>')` so dbt builds the seed first. -#}
{% macro seed_relation(seed_name) -%}
    {%- if execute -%}
        {{- return(api.Relation.create(database=target.database, schema='seeds', identifier=seed_name)) -}}
    {%- else -%}
        {{- return('seeds.' ~ seed_name) -}}
    {%- endif -%}
{%- endmacro %}
