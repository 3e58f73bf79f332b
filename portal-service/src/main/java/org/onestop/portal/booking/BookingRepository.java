package org.onestop.portal.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onestop.platform.web.PageRequest;
import org.onestop.portal.booking.domain.Booking;
import org.onestop.portal.booking.domain.BookingStatus;
import org.onestop.portal.booking.domain.HallSchedule.Slot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BookingRepository {

    private static final String SLOT = "item_code = :item and hall = :hall and day = :day and start_time = :start";

    private final JdbcClient jdbc;

    BookingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes one place of the slot if one is left, with the capacity the hall's window gives now.
     * The conditional update locks the slot's row, so concurrent requests queue on it and see each
     * other's places: never more than the capacity are taken.
     */
    boolean takePlace(String itemCode, Slot slot) {
        jdbc.sql("insert into booking_slot (item_code, hall, day, start_time, capacity) values (:item, :hall, :day, :start, :capacity)"
                        + " on conflict do nothing")
                .param("item", itemCode).param("hall", slot.hall()).param("day", slot.day()).param("start", slot.start())
                .param("capacity", slot.capacity())
                .update();
        return jdbc.sql("update booking_slot set booked = booked + 1, capacity = :capacity where " + SLOT
                        + " and booked < :capacity")
                .param("item", itemCode).param("hall", slot.hall()).param("day", slot.day()).param("start", slot.start())
                .param("capacity", slot.capacity())
                .update() == 1;
    }

    void freePlace(Booking booking) {
        jdbc.sql("update booking_slot set booked = booked - 1 where " + SLOT + " and booked > 0")
                .param("item", booking.itemCode()).param("hall", booking.hall()).param("day", booking.day())
                .param("start", booking.start())
                .update();
    }

    /** Places taken per slot of the item in the days, keyed by {@link #key}. */
    Map<String, Integer> placesTaken(String itemCode, LocalDate from, LocalDate to) {
        Map<String, Integer> taken = new HashMap<>();
        jdbc.sql("select hall, day, start_time, booked from booking_slot where item_code = ? and day between ? and ?")
                .params(itemCode, from, to)
                .query(rs -> {
                    taken.put(key(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalTime.class)),
                            rs.getInt(4));
                });
        return taken;
    }

    static String key(String hall, LocalDate day, LocalTime start) {
        return hall + "|" + day + "|" + start;
    }

    /** Serialises one person's bookings until the transaction ends, so that limits per person hold under concurrency. */
    void lockPerson(String accountId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('portal.booking'), hashtext(?))").param(accountId).query().singleRow();
    }

    /** The person's active bookings whose slot has not begun, of the item or at the hall (null: any). */
    int countActive(String accountId, String itemCode, String hall, java.time.LocalDateTime now) {
        return jdbc.sql("""
                        select count(*) from booking
                        where account_id = :account and status = 'ACTIVE'
                          and (day > :today or (day = :today and start_time > :time))
                          and (cast(:item as text) is null or item_code = :item)
                          and (cast(:hall as text) is null or hall = :hall)""")
                .param("account", accountId).param("today", now.toLocalDate()).param("time", now.toLocalTime())
                .param("item", itemCode).param("hall", hall)
                .query(Integer.class).single();
    }

    void insert(Booking b) {
        jdbc.sql("""
                insert into booking (id, account_id, account_name, item_code, item_name, hall, day, start_time, end_time,
                    region_code, department_code, tracking_number, channel, status, booked_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(b.id(), b.accountId(), b.accountName(), b.itemCode(), b.itemName(), b.hall(), b.day(), b.start(),
                        b.end(), b.regionCode(), b.departmentCode(), b.trackingNumber(), b.channel(), b.status().name(),
                        Timestamp.from(b.bookedAt()))
                .update();
    }

    Optional<Booking> findOwn(UUID id, String accountId) {
        return jdbc.sql("select * from booking where id = ? and account_id = ?").params(id, accountId)
                .query(this::map).optional();
    }

    /** The person's own booking, locked until the transaction ends so that it is cancelled once. */
    Optional<Booking> lockOwn(UUID id, String accountId) {
        return jdbc.sql("select * from booking where id = ? and account_id = ? for update").params(id, accountId)
                .query(this::map).optional();
    }

    void markCancelled(UUID id, Instant at) {
        jdbc.sql("update booking set status = ?, cancelled_at = ? where id = ?")
                .params(BookingStatus.CANCELLED.name(), Timestamp.from(at), id)
                .update();
    }

    List<Booking> pageOf(String accountId, PageRequest page) {
        return jdbc.sql("select * from booking where account_id = ? order by day desc, start_time desc, id limit ? offset ?")
                .params(accountId, page.size(), page.offset())
                .query(this::map).list();
    }

    long countOf(String accountId) {
        return jdbc.sql("select count(*) from booking where account_id = ?").param(accountId).query(Long.class).single();
    }

    /** A day's bookings of an item's halls (one hall, or all when {@code hall} is null), in order of time. */
    List<Booking> hallDay(String itemCode, String hall, LocalDate day, PageRequest page) {
        return jdbc.sql("select * from booking where item_code = :item and day = :day"
                        + " and (cast(:hall as text) is null or hall = :hall)"
                        + " order by start_time, hall, booked_at, id limit :limit offset :offset")
                .param("item", itemCode).param("day", day).param("hall", hall)
                .param("limit", page.size()).param("offset", page.offset())
                .query(this::map).list();
    }

    long hallDayCount(String itemCode, String hall, LocalDate day) {
        return jdbc.sql("select count(*) from booking where item_code = :item and day = :day"
                        + " and (cast(:hall as text) is null or hall = :hall)")
                .param("item", itemCode).param("day", day).param("hall", hall)
                .query(Long.class).single();
    }

    /**
     * Locks up to {@code limit} active bookings of the day that have had no reminder, skipping rows
     * another replica holds, so that each booking is reminded by one replica once.
     */
    List<Booking> claimUnreminded(LocalDate day, int limit) {
        return jdbc.sql("select * from booking where status = 'ACTIVE' and not reminded and day = ?"
                        + " order by start_time, id limit ? for update skip locked")
                .params(day, limit)
                .query(this::map).list();
    }

    void markReminded(UUID id) {
        jdbc.sql("update booking set reminded = true where id = ?").param(id).update();
    }

    private Booking map(ResultSet rs, int row) throws SQLException {
        Timestamp cancelledAt = rs.getTimestamp("cancelled_at");
        return new Booking(rs.getObject("id", UUID.class), rs.getString("account_id"), rs.getString("account_name"),
                rs.getString("item_code"), rs.getString("item_name"), rs.getString("hall"),
                rs.getObject("day", LocalDate.class), rs.getObject("start_time", LocalTime.class),
                rs.getObject("end_time", LocalTime.class), rs.getString("region_code"), rs.getString("department_code"),
                rs.getString("tracking_number"), rs.getString("channel"), BookingStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("booked_at").toInstant(), cancelledAt == null ? null : cancelledAt.toInstant());
    }
}
