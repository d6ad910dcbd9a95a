"""EKS: the control plane, its add-ons, the system node group and Karpenter's prerequisites."""
