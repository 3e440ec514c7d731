"""Scripted walk-throughs a newcomer runs first (`carebridge demo`)."""
