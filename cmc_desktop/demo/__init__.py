"""The demo city: a realistic, deterministic Souss-Massa CMC for trying and testing every screen."""

from cmc_desktop.demo.builder import DemoContext, DemoSummary, build_demo

__all__ = ["DemoContext", "DemoSummary", "build_demo"]
