import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Student } from './student.entity';
import { TeachingSession } from './teaching-session.entity';

/** A student of this subgraph, or a council practitioner by reference, attending a teaching session. */
@Entity({ name: 'session_attendance' })
@Unique('session_attendance_student_key', ['sessionId', 'studentId'])
@Unique('session_attendance_practitioner_key', ['sessionId', 'practitionerId'])
@Index('session_attendance_student_idx', ['studentId'])
@Check(
  'session_attendance_one_person_check',
  `("student_id" IS NULL) <> ("practitioner_id" IS NULL) AND ("practitioner_id" IS NULL) = ("council_id" IS NULL)`,
)
export class SessionAttendance {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => TeachingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: TeachingSession;

  @Column({ name: 'student_id', type: 'uuid', nullable: true })
  studentId: string | null;

  @ManyToOne(() => Student, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'student_id' })
  student?: Student | null;

  @Column({ name: 'practitioner_id', type: 'uuid', nullable: true })
  practitionerId: string | null;

  @Column({ name: 'council_id', type: 'uuid', nullable: true })
  councilId: string | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
