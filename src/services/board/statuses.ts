export { BOARD_STATUSES, boardStatusOf, type BoardStatus } from "../../domain/practice/board-status.js";
