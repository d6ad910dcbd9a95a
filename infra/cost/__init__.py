"""Cost controls: the monthly budget of each environment."""
