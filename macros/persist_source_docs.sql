{#- persist_docs for the loader's raw tables: dbt writes the yml descriptions of models
    and seeds as comments, not those of sources. This writes the descriptions of
    _loader__sources.yml as table and column comments, so the DuckDB shell and BI tools
    show them for raw.* too. Run on-run-start of a build; a table not loaded yet is
    skipped. Looking the tables up opens a transaction on dbt's connection, which dbt
    would roll back after the hooks: the statements end with their own commit. -#}
{% macro persist_source_docs() -%}
    {%- set statements = [] -%}
    {%- if execute and flags.WHICH in ('build', 'run') -%}
        {%- for source in graph.sources.values() -%}
            {%- set relation = adapter.get_relation(source.database, source.schema, source.identifier) -%}
            {%- if relation is not none -%}
                {%- do statements.append(
                    'comment on table ' ~ relation ~ ' is ' ~ sql_literal(source.description | trim)
                ) -%}
                {%- set existing = adapter.get_columns_in_relation(relation) | map(attribute='name') | list -%}
                {%- for column in source.columns.values() if column.name in existing -%}
                    {%- do statements.append(
                        'comment on column ' ~ relation ~ '.' ~ adapter.quote(column.name)
                        ~ ' is ' ~ sql_literal(column.description | trim)
                    ) -%}
                {%- endfor -%}
            {%- endif -%}
        {%- endfor -%}
        {%- do statements.append('commit') -%}
    {%- endif -%}
    {{ statements | join(';\n') }}
{%- endmacro %}
