"""Dutch municipalities with the coordinates of their centre, rounded to 0.01°.

Used to turn a municipality into a coarse location; never a street or a house.
"""

from __future__ import annotations

from decimal import Decimal

PLACES: dict[str, tuple[float, float]] = {
    # Friesland
    "Leeuwarden": (53.20, 5.80),
    "Sneek": (53.03, 5.66),
    "Heerenveen": (52.96, 5.92),
    "Drachten": (53.11, 6.10),
    "Harlingen": (53.17, 5.42),
    "Franeker": (53.19, 5.54),
    "Dokkum": (53.33, 6.00),
    "Bolsward": (53.06, 5.53),
    "Joure": (52.97, 5.79),
    "Wolvega": (52.88, 6.00),
    "Lemmer": (52.84, 5.71),
    "Burgum": (53.19, 5.99),
    "Gorredijk": (53.01, 6.07),
    "Oosterwolde": (52.99, 6.29),
    "Grou": (53.09, 5.84),
    "Workum": (52.98, 5.45),
    "Kollum": (53.28, 6.15),
    "Buitenpost": (53.25, 6.15),
    "Surhuisterveen": (53.19, 6.17),
    "Akkrum": (53.05, 5.84),
    "Balk": (52.90, 5.58),
    "Makkum": (53.06, 5.40),
    "Stiens": (53.26, 5.76),
    "Wommels": (53.11, 5.59),
    # Around Friesland
    "Groningen": (53.22, 6.57),
    "Assen": (52.99, 6.56),
    "Emmen": (52.79, 6.90),
    "Meppel": (52.70, 6.19),
    "Steenwijk": (52.79, 6.12),
    "Zwolle": (52.51, 6.09),
    "Emmeloord": (52.71, 5.75),
    "Den Helder": (52.96, 4.76),
    "Hoogezand": (53.16, 6.76),
    "Veendam": (53.11, 6.88),
    # Elsewhere
    "Amsterdam": (52.37, 4.90),
    "Rotterdam": (51.92, 4.48),
    "Den Haag": (52.08, 4.30),
    "Utrecht": (52.09, 5.12),
    "Eindhoven": (51.44, 5.48),
    "Tilburg": (51.56, 5.09),
    "Almere": (52.37, 5.22),
    "Breda": (51.59, 4.78),
    "Nijmegen": (51.84, 5.86),
    "Arnhem": (51.98, 5.91),
    "Haarlem": (52.38, 4.64),
    "Enschede": (52.22, 6.89),
    "Apeldoorn": (52.21, 5.97),
    "Amersfoort": (52.16, 5.39),
    "Zaanstad": (52.44, 4.83),
    "Leiden": (52.16, 4.49),
    "Dordrecht": (51.81, 4.67),
    "Maastricht": (50.85, 5.69),
    "Lelystad": (52.52, 5.47),
    "Deventer": (52.25, 6.16),
    "Alkmaar": (52.63, 4.75),
}


def coordinates_of(municipality: str) -> tuple[Decimal, Decimal] | None:
    found = PLACES.get(municipality.strip())
    if found is None:
        for name, coordinates in PLACES.items():
            if name.casefold() == municipality.strip().casefold():
                found = coordinates
                break
    if found is None:
        return None
    return Decimal(f"{found[0]:.2f}"), Decimal(f"{found[1]:.2f}")


def round_coordinate(value: float | Decimal | str) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))
