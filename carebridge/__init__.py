"""carebridge: an on-premise, multi-agent hospital assistant (the model talks, the rules decide)."""

__version__ = "0.1.0"
