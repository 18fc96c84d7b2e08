{#- Fails for every row whose date or time comes after another column of the same row,
    e.g. a publication date after the load that read it. Nulls pass. -#}
{% test not_after(model, column_name, other_column) %}

    select
        {{ column_name }},
        {{ other_column }}
    from {{ model }}
    where {{ column_name }} > {{ other_column }}

{% endtest %}
