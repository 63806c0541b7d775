"""The two folium elements mapapp's map layers are built from, shared by the event layer
(:mod:`mapapp.map.view`) and the basemap (:mod:`mapapp.map.basemap`)."""

from __future__ import annotations

from typing import cast

from branca.element import CssLink, Element, Figure, JavascriptLink, MacroElement
from folium.elements import JSCSSMixin


class Raw(Element):
    """Text put into the page as it is."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: object) -> str:
        return self.text


class DataElement(JSCSSMixin, MacroElement):
    """A macro element whose script carries data: branca compiles every element's rendered
    script as a Jinja template once more, which for megabytes of data takes minutes (and
    would evaluate any ``{{ }}`` in it). This one's script goes into the page as it is."""

    def render(self, **kwargs: object) -> str:
        figure = cast(Figure, self.get_root())
        for name, url in getattr(self, "default_js", []):
            figure.header.add_child(JavascriptLink(url), name=name)
        for name, url in getattr(self, "default_css", []):
            figure.header.add_child(CssLink(url), name=name)
        script = self._template.module.script(self, kwargs)
        figure.script.add_child(Raw(script), name=self.get_name())
        return ""
