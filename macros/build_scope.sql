{#- Data tests check what a build wrote. The per-article models are incremental (see
    only_new_documents): rows built by an earlier run were tested by that run and never
    change, so a build tests only the rows of documents loaded after its starting
    watermark. A full build, a --full-refresh and a plain `dbt test` test every row.

    record_build_watermark (on-run-start) stores, for this invocation, the oldest of the
    newest loaded_at of all incremental models; null when any of them is missing or the
    run rebuilds everything. built_in_this_run() is the filter on loaded_at; generic
    tests on incremental models get it through get_where_subquery, singular tests call
    it themselves. -#}

{% macro build_watermarks_relation() -%}
    {{ generate_schema_name('intermediate', none) }}.envoy_build_watermarks
{%- endmacro %}

{% macro record_build_watermark() -%}
    {%- set watermark = 'null::timestamp' -%}
    {%- if execute and flags.WHICH in ('build', 'run') and not flags.FULL_REFRESH -%}
        {%- set incremental = [] -%}
        {%- for node in graph.nodes.values() -%}
            {%- if node.resource_type == 'model' and node.config.materialized == 'incremental' -%}
                {%- do incremental.append(node) -%}
            {%- endif -%}
        {%- endfor -%}
        {%- set newest = [] -%}
        {%- for node in incremental -%}
            {%- set relation = adapter.get_relation(node.database, node.schema, node.alias) -%}
            {%- if relation is not none -%}
                {%- do newest.append('(select max(loaded_at) from ' ~ relation ~ ')') -%}
            {%- endif -%}
        {%- endfor -%}
        {%- if incremental and newest | length == incremental | length -%}
            {%- set watermark = 'least(' ~ newest | join(', ') ~ ')' -%}
        {%- endif -%}
    {%- endif -%}
    create schema if not exists {{ generate_schema_name('intermediate', none) }};
    create table if not exists {{ build_watermarks_relation() }} (
        invocation_id varchar,
        started_at timestamp,
        tested_after timestamp
    );
    insert into {{ build_watermarks_relation() }}
    select '{{ invocation_id }}', current_localtimestamp(), {{ watermark }};
{%- endmacro %}

{#- true for the rows this invocation built (every row when it rebuilt everything) -#}
{% macro built_in_this_run(column='loaded_at') -%}
    {{ column }} > coalesce(
        (select max(tested_after) from {{ build_watermarks_relation() }} where invocation_id = '{{ invocation_id }}'),
        '-infinity'::timestamp
    )
{%- endmacro %}

{#- dbt's hook for a test's `where` config, extended: a test on an incremental model
    reads only the rows built in this run. -#}
{% macro get_where_subquery(relation) -%}
    {%- set conditions = [] -%}
    {%- set where = config.get('where', '') -%}
    {%- if where -%}
        {%- do conditions.append('(' ~ where ~ ')') -%}
    {%- endif -%}
    {%- if execute -%}
        {%- for node in graph.nodes.values() -%}
            {%- if node.resource_type == 'model' and node.config.materialized == 'incremental'
                and node.alias == relation.identifier and node.schema == relation.schema -%}
                {%- do conditions.append(built_in_this_run()) -%}
            {%- endif -%}
        {%- endfor -%}
    {%- endif -%}
    {%- if conditions -%}
        {%- do return('(select * from ' ~ relation ~ ' where ' ~ conditions | join(' and ') ~ ') as dbt_subquery') -%}
    {%- else -%}
        {%- do return(relation) -%}
    {%- endif -%}
{%- endmacro %}
