{#- The incremental watermark of the per-article models. Documents never change and every
    load run stamps its documents with one loaded_at, later than any earlier run's. So an
    incremental build need only read the rows loaded after the newest loaded_at already in
    the model; a full build (or --full-refresh) reads everything.
    Renders `true` when not incremental: a full build, a unit test (no `this`), sqlfluff. -#}
{% macro only_new_documents(column='loaded_at') -%}
    {%- if execute and this is not none and is_incremental() -%}
        {{ column }} > (select coalesce(max(loaded_at), '-infinity'::timestamp) from {{ this }})
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}
