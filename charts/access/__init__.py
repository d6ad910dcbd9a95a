"""Access and resource governance per namespace: ResourceQuota and LimitRange, sized from config."""
