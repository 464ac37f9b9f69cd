import httpx

from .settings import settings

_client = httpx.AsyncClient(
    base_url=settings.booking_api, headers={"Authorization": f"Bearer {settings.booking_key}"}, timeout=10
)


async def xem_gio_trong(dich_vu: str, ngay: str, so_khach: int = 1) -> dict:
    """Xem các khung giờ còn trống cho dịch vụ vào ngày (YYYY-MM-DD)."""
    r = await _client.get("/slots", params={"service": dich_vu, "date": ngay, "guests": so_khach})
    return r.json()


async def dat_lich(slot_id: str, ten_khach: str, so_khach: int, don_xe: bool, so_dien_thoai: str) -> dict:
    """Đặt lịch cho khách."""
    r = await _client.post(
        "/bookings",
        json={"slot": slot_id, "name": ten_khach, "guests": so_khach, "pickup": don_xe, "phone": so_dien_thoai},
    )
    return r.json()
