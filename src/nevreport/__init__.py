"""nevreport: China's and Shanghai's new-energy-vehicle industry, from figures stated in news articles."""

__version__ = "0.1.0"
