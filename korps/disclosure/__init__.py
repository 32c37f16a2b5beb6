"""Disclosure control for every figure about people that korps publishes (monitoring, the
outreach dashboard, and later complaints and the climate survey). It sits below the apps that
publish: it imports only `organisations`, `audit` and `core`."""
