{#- Fails for every row whose value is not greater than zero (nulls fail too: a count
    that is missing is not positive). -#}
{% test positive(model, column_name) %}

    select {{ column_name }}
    from {{ model }}
    where not coalesce({{ column_name }} > 0, false)

{% endtest %}
